import {
  to = awscc_s3outposts_endpoint.example
  id = "arn"
}