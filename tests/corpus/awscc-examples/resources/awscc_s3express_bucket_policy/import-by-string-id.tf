import {
  to = awscc_s3express_bucket_policy.example
  id = "bucket"
}