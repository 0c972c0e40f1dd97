import {
  to = awscc_cloudformation_hook_version.example
  id = "arn"
}