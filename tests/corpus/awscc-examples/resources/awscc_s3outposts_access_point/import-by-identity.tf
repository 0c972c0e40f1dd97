import {
  to = awscc_s3outposts_access_point.example
  identity = {
    arn = "arn"
  }
}
