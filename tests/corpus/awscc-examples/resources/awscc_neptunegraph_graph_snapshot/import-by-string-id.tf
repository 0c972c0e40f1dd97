import {
  to = awscc_neptunegraph_graph_snapshot.example
  id = "arn"
}