import {
  to = awscc_cognito_user_pool_ui_customization_attachment.example
  id = "user_pool_id|client_id"
}