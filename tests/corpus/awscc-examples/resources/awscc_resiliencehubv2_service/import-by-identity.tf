import {
  to = awscc_resiliencehubv2_service.example
  identity = {
    service_arn = "service_arn"
  }
}
