import {
  to = awscc_cloudtrail_resource_policy.example
  id = "resource_arn"
}