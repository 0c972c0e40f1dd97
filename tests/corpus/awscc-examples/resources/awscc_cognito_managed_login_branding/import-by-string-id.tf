import {
  to = awscc_cognito_managed_login_branding.example
  id = "user_pool_id|managed_login_branding_id"
}