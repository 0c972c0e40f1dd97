import {
  to = awscc_logs_query_definition.example
  id = "query_definition_id"
}