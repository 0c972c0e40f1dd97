import {
  to = awscc_s3tables_table_bucket.example
  id = "table_bucket_arn"
}