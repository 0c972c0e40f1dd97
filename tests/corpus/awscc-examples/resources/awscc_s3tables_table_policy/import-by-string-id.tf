import {
  to = awscc_s3tables_table_policy.example
  id = "table_arn"
}