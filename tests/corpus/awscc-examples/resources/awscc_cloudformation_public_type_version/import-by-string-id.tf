import {
  to = awscc_cloudformation_public_type_version.example
  id = "public_type_arn"
}