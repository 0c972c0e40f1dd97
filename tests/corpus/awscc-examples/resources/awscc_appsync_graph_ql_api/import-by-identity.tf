import {
  to = awscc_appsync_graph_ql_api.example
  identity = {
    api_id = "api_id"
  }
}
