import {
  to = awscc_lambda_alias.example
  identity = {
    alias_arn = "alias_arn"
  }
}
