import {
  to = awscc_cloudfront_origin_request_policy.example
  identity = {
    id = "id"
  }
}
