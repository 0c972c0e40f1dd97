import {
  to = awscc_lightsail_bucket.example
  id = "bucket_name"
}