import {
  to = awscc_cognito_user_pool_user_to_group_attachment.example
  identity = {
    user_pool_id = "user_pool_id"
    group_name   = "group_name"
    username     = "username"
  }
}
