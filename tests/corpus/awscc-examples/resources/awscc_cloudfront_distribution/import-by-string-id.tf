import {
  to = awscc_cloudfront_distribution.example
  id = "id"
}