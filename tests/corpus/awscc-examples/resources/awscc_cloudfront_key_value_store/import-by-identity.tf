import {
  to = awscc_cloudfront_key_value_store.example
  identity = {
    name = "name"
  }
}
