import {
  to = awscc_athena_prepared_statement.example
  id = "statement_name|work_group"
}