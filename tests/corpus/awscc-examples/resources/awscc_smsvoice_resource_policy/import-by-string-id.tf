import {
  to = awscc_smsvoice_resource_policy.example
  id = "resource_arn"
}