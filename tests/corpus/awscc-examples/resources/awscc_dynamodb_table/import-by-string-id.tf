import {
  to = awscc_dynamodb_table.example
  id = "table_name"
}