import {
  to = awscc_cloudfront_cache_policy.example
  id = "id"
}