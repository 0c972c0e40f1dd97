import {
  to = awscc_appsync_graph_ql_api.example
  id = "api_id"
}