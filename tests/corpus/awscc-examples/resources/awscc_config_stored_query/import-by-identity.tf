import {
  to = awscc_config_stored_query.example
  identity = {
    query_name = "query_name"
  }
}
