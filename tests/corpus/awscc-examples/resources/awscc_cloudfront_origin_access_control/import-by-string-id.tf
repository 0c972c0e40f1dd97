import {
  to = awscc_cloudfront_origin_access_control.example
  id = "id"
}