import {
  to = awscc_cloudformation_type_activation.example
  identity = {
    arn = "arn"
  }
}
