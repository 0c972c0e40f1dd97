import {
  to = awscc_athena_named_query.example
  identity = {
    named_query_id = "named_query_id"
  }
}
