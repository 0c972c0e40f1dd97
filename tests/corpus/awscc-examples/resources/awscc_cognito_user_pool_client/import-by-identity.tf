import {
  to = awscc_cognito_user_pool_client.example
  identity = {
    user_pool_id = "user_pool_id"
    client_id    = "client_id"
  }
}
