import {
  to = awscc_cognito_identity_pool.example
  id = "id"
}