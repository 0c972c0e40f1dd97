import {
  to = awscc_cognito_managed_login_branding.example
  identity = {
    user_pool_id              = "user_pool_id"
    managed_login_branding_id = "managed_login_branding_id"
  }
}
