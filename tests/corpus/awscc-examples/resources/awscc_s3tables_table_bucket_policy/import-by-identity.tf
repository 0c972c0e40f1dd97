import {
  to = awscc_s3tables_table_bucket_policy.example
  identity = {
    table_bucket_arn = "table_bucket_arn"
  }
}
