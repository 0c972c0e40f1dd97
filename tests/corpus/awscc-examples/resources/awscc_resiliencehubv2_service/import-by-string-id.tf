import {
  to = awscc_resiliencehubv2_service.example
  id = "service_arn"
}