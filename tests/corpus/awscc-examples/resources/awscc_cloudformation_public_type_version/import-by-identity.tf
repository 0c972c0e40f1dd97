import {
  to = awscc_cloudformation_public_type_version.example
  identity = {
    public_type_arn = "public_type_arn"
  }
}
