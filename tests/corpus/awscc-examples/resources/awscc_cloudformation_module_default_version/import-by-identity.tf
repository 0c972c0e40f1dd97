import {
  to = awscc_cloudformation_module_default_version.example
  identity = {
    arn = "arn"
  }
}
