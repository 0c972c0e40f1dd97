import {
  to = awscc_s3vectors_vector_bucket.example
  id = "vector_bucket_arn"
}