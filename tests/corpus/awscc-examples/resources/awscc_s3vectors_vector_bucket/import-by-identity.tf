import {
  to = awscc_s3vectors_vector_bucket.example
  identity = {
    vector_bucket_arn = "vector_bucket_arn"
  }
}
