import {
  to = awscc_lambda_capacity_provider.example
  identity = {
    capacity_provider_name = "capacity_provider_name"
  }
}
