import {
  to = awscc_elasticache_user.example
  identity = {
    user_id = "user_id"
  }
}
