import {
  to = awscc_cognito_user_pool_domain.example
  id = "user_pool_id|domain"
}