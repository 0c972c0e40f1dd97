import {
  to = awscc_cloudtrail_resource_policy.example
  identity = {
    resource_arn = "resource_arn"
  }
}
