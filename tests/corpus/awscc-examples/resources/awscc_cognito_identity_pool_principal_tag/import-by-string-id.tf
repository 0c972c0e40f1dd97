import {
  to = awscc_cognito_identity_pool_principal_tag.example
  id = "identity_pool_id|identity_provider_name"
}