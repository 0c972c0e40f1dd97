import {
  to = awscc_elasticache_user_group.example
  id = "user_group_id"
}