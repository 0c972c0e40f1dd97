import {
  to = awscc_cloudfront_cache_policy.example
  identity = {
    id = "id"
  }
}
