import {
  to = awscc_cognito_user_pool_risk_configuration_attachment.example
  id = "user_pool_id|client_id"
}