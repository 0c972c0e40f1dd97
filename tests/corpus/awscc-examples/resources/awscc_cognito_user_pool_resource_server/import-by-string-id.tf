import {
  to = awscc_cognito_user_pool_resource_server.example
  id = "user_pool_id|identifier"
}