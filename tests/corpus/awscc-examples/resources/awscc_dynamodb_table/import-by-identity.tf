import {
  to = awscc_dynamodb_table.example
  identity = {
    table_name = "table_name"
  }
}
