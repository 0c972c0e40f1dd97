import {
  to = awscc_batch_service_environment.example
  id = "service_environment_arn"
}