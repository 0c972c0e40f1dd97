import {
  to = awscc_neptunegraph_graph.example
  identity = {
    graph_id = "graph_id"
  }
}
