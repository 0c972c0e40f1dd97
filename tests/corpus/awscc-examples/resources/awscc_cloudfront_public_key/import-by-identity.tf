import {
  to = awscc_cloudfront_public_key.example
  identity = {
    id = "id"
  }
}
