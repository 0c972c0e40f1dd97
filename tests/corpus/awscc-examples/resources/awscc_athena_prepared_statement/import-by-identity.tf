import {
  to = awscc_athena_prepared_statement.example
  identity = {
    statement_name = "statement_name"
    work_group     = "work_group"
  }
}
