import {
  to = awscc_cloudfront_vpc_origin.example
  identity = {
    id = "id"
  }
}
