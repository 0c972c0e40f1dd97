import {
  to = awscc_s3tables_table.example
  identity = {
    table_arn = "table_arn"
  }
}
