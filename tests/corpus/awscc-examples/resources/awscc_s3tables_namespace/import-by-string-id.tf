import {
  to = awscc_s3tables_namespace.example
  id = "table_bucket_arn|namespace"
}