import {
  to = awscc_s3tables_table.example
  id = "table_arn"
}