import {
  to = awscc_cloudfront_response_headers_policy.example
  id = "id"
}