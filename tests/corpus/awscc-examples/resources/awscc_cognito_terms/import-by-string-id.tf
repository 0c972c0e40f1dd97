import {
  to = awscc_cognito_terms.example
  id = "user_pool_id|terms_id"
}