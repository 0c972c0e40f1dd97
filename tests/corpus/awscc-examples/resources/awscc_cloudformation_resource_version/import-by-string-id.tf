import {
  to = awscc_cloudformation_resource_version.example
  id = "arn"
}