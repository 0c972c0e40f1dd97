import {
  to = awscc_cloudfront_key_group.example
  identity = {
    id = "id"
  }
}
