import {
  to = awscc_ssmcontacts_plan.example
  id = "arn"
}