import {
  to = awscc_cloudformation_type_activation.example
  id = "arn"
}