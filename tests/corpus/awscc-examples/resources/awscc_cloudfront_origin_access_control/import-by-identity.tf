import {
  to = awscc_cloudfront_origin_access_control.example
  identity = {
    id = "id"
  }
}
