import {
  to = awscc_cloudfront_cloudfront_origin_access_identity.example
  id = "id"
}