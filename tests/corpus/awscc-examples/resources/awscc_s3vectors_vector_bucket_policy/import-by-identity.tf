import {
  to = awscc_s3vectors_vector_bucket_policy.example
  identity = {
    vector_bucket_arn = "vector_bucket_arn"
  }
}
