import {
  to = awscc_cognito_user_pool_ui_customization_attachment.example
  identity = {
    user_pool_id = "user_pool_id"
    client_id    = "client_id"
  }
}
