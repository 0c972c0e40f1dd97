import {
  to = awscc_s3outposts_endpoint.example
  identity = {
    arn = "arn"
  }
}
