import {
  to = awscc_cloudformation_resource_default_version.example
  identity = {
    arn = "arn"
  }
}
