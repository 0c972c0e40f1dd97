import {
  to = awscc_cognito_user_pool_group.example
  id = "user_pool_id|group_name"
}