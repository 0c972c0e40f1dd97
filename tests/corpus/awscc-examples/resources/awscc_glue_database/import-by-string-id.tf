import {
  to = awscc_glue_database.example
  id = "database_name"
}