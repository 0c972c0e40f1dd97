import {
  to = awscc_cognito_user_pool_replica.example
  id = "user_pool_id|region_name"
}