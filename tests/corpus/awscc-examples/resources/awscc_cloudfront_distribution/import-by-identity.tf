import {
  to = awscc_cloudfront_distribution.example
  identity = {
    id = "id"
  }
}
