import {
  to = awscc_lambda_url.example
  identity = {
    function_arn = "function_arn"
  }
}
