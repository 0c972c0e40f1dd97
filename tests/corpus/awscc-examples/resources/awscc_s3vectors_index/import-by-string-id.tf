import {
  to = awscc_s3vectors_index.example
  id = "index_arn"
}