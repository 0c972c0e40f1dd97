import {
  to = awscc_cloudfront_function.example
  identity = {
    function_arn = "function_arn"
  }
}
