import {
  to = awscc_s3vectors_index.example
  identity = {
    index_arn = "index_arn"
  }
}
