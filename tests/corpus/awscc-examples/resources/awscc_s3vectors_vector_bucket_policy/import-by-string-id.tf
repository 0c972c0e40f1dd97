import {
  to = awscc_s3vectors_vector_bucket_policy.example
  id = "vector_bucket_arn"
}