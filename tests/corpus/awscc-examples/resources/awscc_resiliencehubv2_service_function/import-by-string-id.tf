import {
  to = awscc_resiliencehubv2_service_function.example
  id = "service_arn|service_function_id"
}