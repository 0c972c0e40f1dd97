import {
  to = awscc_cognito_identity_pool_role_attachment.example
  identity = {
    id = "id"
  }
}
