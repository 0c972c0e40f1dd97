import {
  to = awscc_cognito_user_pool_domain.example
  identity = {
    user_pool_id = "user_pool_id"
    domain       = "domain"
  }
}
