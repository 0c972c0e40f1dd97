import {
  to = awscc_cloudformation_hook_default_version.example
  id = "arn"
}