import {
  to = awscc_lightsail_bucket.example
  identity = {
    bucket_name = "bucket_name"
  }
}
