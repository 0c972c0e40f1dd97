import {
  to = awscc_cloudformation_hook_version.example
  identity = {
    arn = "arn"
  }
}
