import {
  to = awscc_logs_query_definition.example
  identity = {
    query_definition_id = "query_definition_id"
  }
}
