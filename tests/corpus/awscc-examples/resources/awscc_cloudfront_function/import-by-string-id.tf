import {
  to = awscc_cloudfront_function.example
  id = "function_arn"
}