import {
  to = awscc_cloudfront_trust_store.example
  identity = {
    id = "id"
  }
}
