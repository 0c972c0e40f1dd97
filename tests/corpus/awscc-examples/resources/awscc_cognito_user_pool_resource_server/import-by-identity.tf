import {
  to = awscc_cognito_user_pool_resource_server.example
  identity = {
    user_pool_id = "user_pool_id"
    identifier   = "identifier"
  }
}
