import {
  to = awscc_cloudformation_resource_version.example
  identity = {
    arn = "arn"
  }
}
