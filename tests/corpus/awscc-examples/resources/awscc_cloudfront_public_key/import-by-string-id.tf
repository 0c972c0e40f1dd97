import {
  to = awscc_cloudfront_public_key.example
  id = "id"
}