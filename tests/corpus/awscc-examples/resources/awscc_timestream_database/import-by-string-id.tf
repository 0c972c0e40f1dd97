import {
  to = awscc_timestream_database.example
  id = "database_name"
}