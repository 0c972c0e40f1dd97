import {
  to = awscc_s3_bucket.example
  id = "bucket_name"
}