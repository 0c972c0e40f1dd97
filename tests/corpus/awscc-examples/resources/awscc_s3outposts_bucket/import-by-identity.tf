import {
  to = awscc_s3outposts_bucket.example
  identity = {
    arn = "arn"
  }
}
