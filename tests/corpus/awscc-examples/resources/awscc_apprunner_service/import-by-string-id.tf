import {
  to = awscc_apprunner_service.example
  id = "service_arn"
}