import {
  to = awscc_cognito_user_pool_user.example
  id = "user_pool_id|username"
}