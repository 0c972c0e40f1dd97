import {
  to = awscc_ssmincidents_response_plan.example
  id = "arn"
}