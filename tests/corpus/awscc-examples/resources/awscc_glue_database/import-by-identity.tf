import {
  to = awscc_glue_database.example
  identity = {
    database_name = "database_name"
  }
}
