import {
  to = awscc_entityresolution_policy_statement.example
  id = "arn|statement_id"
}