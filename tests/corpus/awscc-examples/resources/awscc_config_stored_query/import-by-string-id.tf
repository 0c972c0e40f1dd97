import {
  to = awscc_config_stored_query.example
  id = "query_name"
}