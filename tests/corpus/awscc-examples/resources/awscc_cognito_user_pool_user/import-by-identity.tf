import {
  to = awscc_cognito_user_pool_user.example
  identity = {
    user_pool_id = "user_pool_id"
    username     = "username"
  }
}
