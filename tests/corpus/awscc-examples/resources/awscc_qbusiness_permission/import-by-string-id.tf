import {
  to = awscc_qbusiness_permission.example
  id = "application_id|statement_id"
}