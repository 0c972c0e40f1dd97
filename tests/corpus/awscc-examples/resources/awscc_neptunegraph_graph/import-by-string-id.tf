import {
  to = awscc_neptunegraph_graph.example
  id = "graph_id"
}