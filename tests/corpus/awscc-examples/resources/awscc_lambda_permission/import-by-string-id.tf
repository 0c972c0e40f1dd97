import {
  to = awscc_lambda_permission.example
  id = "function_name|id"
}