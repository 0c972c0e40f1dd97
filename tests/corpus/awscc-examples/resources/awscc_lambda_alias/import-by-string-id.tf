import {
  to = awscc_lambda_alias.example
  id = "alias_arn"
}