import {
  to = awscc_kinesis_resource_policy.example
  id = "resource_arn"
}