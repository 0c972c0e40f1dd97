import {
  to = awscc_lambda_function.example
  identity = {
    function_name = "function_name"
  }
}
