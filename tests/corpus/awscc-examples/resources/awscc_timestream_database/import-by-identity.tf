import {
  to = awscc_timestream_database.example
  identity = {
    database_name = "database_name"
  }
}
