import {
  to = awscc_kinesis_resource_policy.example
  identity = {
    resource_arn = "resource_arn"
  }
}
