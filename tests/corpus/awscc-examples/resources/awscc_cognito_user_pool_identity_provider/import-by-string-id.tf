import {
  to = awscc_cognito_user_pool_identity_provider.example
  id = "user_pool_id|provider_name"
}