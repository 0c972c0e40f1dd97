import {
  to = awscc_resiliencehubv2_service_function.example
  identity = {
    service_arn         = "service_arn"
    service_function_id = "service_function_id"
  }
}
