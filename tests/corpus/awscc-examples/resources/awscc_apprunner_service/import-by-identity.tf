import {
  to = awscc_apprunner_service.example
  identity = {
    service_arn = "service_arn"
  }
}
