import {
  to = awscc_cognito_user_pool_replica.example
  identity = {
    user_pool_id = "user_pool_id"
    region_name  = "region_name"
  }
}
