import {
  to = awscc_cloudfront_trust_store.example
  id = "id"
}