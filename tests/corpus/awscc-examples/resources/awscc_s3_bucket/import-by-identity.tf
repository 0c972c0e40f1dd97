import {
  to = awscc_s3_bucket.example
  identity = {
    bucket_name = "bucket_name"
  }
}
