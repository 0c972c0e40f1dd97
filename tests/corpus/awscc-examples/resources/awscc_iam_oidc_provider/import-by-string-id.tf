import {
  to = awscc_iam_oidc_provider.example
  id = "arn"
}