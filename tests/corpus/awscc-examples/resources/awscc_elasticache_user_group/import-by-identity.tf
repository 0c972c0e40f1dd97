import {
  to = awscc_elasticache_user_group.example
  identity = {
    user_group_id = "user_group_id"
  }
}
