import {
  to = awscc_batch_service_environment.example
  identity = {
    service_environment_arn = "service_environment_arn"
  }
}
