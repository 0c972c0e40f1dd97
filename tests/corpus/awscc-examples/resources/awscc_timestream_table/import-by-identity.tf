import {
  to = awscc_timestream_table.example
  identity = {
    database_name = "database_name"
    table_name    = "table_name"
  }
}
