import {
  to = awscc_imagebuilder_lifecycle_policy.example
  identity = {
    arn = "arn"
  }
}
