import {
  to = awscc_s3tables_table_bucket_policy.example
  id = "table_bucket_arn"
}