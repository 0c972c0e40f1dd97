import {
  to = awscc_cognito_user_pool_group.example
  identity = {
    user_pool_id = "user_pool_id"
    group_name   = "group_name"
  }
}
