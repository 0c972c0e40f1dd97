import {
  to = awscc_athena_named_query.example
  id = "named_query_id"
}