import {
  to = awscc_cognito_terms.example
  identity = {
    user_pool_id = "user_pool_id"
    terms_id     = "terms_id"
  }
}
