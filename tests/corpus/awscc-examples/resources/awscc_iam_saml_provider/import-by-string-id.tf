import {
  to = awscc_iam_saml_provider.example
  id = "arn"
}