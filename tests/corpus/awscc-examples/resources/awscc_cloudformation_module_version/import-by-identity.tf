import {
  to = awscc_cloudformation_module_version.example
  identity = {
    arn = "arn"
  }
}
