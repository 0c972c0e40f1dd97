import {
  to = awscc_cognito_user_pool_identity_provider.example
  identity = {
    user_pool_id  = "user_pool_id"
    provider_name = "provider_name"
  }
}
