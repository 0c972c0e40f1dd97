import {
  to = awscc_cognito_user_pool_client.example
  id = "user_pool_id|client_id"
}