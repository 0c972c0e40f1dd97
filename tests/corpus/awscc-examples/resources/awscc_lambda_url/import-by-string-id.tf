import {
  to = awscc_lambda_url.example
  id = "function_arn"
}