import {
  to = awscc_dynamodb_global_table.example
  id = "table_name"
}