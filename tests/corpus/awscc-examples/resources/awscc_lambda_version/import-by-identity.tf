import {
  to = awscc_lambda_version.example
  identity = {
    function_arn = "function_arn"
  }
}
