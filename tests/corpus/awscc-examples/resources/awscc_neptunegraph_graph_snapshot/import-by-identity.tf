import {
  to = awscc_neptunegraph_graph_snapshot.example
  identity = {
    arn = "arn"
  }
}
