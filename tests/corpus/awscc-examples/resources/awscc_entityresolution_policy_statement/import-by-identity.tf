import {
  to = awscc_entityresolution_policy_statement.example
  identity = {
    arn          = "arn"
    statement_id = "statement_id"
  }
}
