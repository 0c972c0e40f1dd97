import {
  to = awscc_qbusiness_permission.example
  identity = {
    application_id = "application_id"
    statement_id   = "statement_id"
  }
}
