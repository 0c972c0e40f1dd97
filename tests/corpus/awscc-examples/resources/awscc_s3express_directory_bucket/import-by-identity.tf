import {
  to = awscc_s3express_directory_bucket.example
  identity = {
    bucket_name = "bucket_name"
  }
}
