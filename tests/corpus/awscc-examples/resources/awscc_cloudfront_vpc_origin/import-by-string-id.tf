import {
  to = awscc_cloudfront_vpc_origin.example
  id = "id"
}