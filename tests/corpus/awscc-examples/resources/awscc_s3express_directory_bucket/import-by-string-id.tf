import {
  to = awscc_s3express_directory_bucket.example
  id = "bucket_name"
}