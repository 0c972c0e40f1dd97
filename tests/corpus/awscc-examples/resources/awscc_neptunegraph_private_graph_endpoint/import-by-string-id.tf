import {
  to = awscc_neptunegraph_private_graph_endpoint.example
  id = "private_graph_endpoint_identifier"
}