import {
  to = awscc_iam_saml_provider.example
  identity = {
    arn = "arn"
  }
}
