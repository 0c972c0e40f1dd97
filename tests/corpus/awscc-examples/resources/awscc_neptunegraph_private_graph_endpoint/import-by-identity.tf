import {
  to = awscc_neptunegraph_private_graph_endpoint.example
  identity = {
    private_graph_endpoint_identifier = "private_graph_endpoint_identifier"
  }
}
