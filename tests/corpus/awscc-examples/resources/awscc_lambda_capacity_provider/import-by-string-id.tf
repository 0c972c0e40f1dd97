import {
  to = awscc_lambda_capacity_provider.example
  id = "capacity_provider_name"
}