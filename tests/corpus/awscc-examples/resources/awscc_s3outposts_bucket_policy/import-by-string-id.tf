import {
  to = awscc_s3outposts_bucket_policy.example
  id = "bucket"
}