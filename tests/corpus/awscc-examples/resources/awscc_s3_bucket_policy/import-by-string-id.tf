import {
  to = awscc_s3_bucket_policy.example
  id = "bucket"
}