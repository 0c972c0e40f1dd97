import {
  to = awscc_lambda_function.example
  id = "function_name"
}