import {
  to = awscc_elasticache_user.example
  id = "user_id"
}