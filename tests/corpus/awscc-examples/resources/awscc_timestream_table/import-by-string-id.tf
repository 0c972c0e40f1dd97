import {
  to = awscc_timestream_table.example
  id = "database_name|table_name"
}