import {
  to = awscc_s3tables_table_policy.example
  identity = {
    table_arn = "table_arn"
  }
}
