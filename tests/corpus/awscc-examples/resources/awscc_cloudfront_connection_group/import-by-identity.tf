import {
  to = awscc_cloudfront_connection_group.example
  identity = {
    id = "id"
  }
}
