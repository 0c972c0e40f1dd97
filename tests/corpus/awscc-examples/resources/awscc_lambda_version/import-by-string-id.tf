import {
  to = awscc_lambda_version.example
  id = "function_arn"
}