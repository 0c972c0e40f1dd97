import {
  to = awscc_cognito_user_pool_regional_configuration_attachment.example
  id = "user_pool_id"
}