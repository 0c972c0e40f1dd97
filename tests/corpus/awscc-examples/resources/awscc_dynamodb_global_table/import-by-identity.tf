import {
  to = awscc_dynamodb_global_table.example
  identity = {
    table_name = "table_name"
  }
}
