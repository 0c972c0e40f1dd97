import {
  to = awscc_cognito_user_pool_regional_configuration_attachment.example
  identity = {
    user_pool_id = "user_pool_id"
  }
}
