import {
  to = awscc_cloudfront_connection_function.example
  identity = {
    id = "id"
  }
}
