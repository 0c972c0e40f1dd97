import {
  to = awscc_smsvoice_resource_policy.example
  identity = {
    resource_arn = "resource_arn"
  }
}
