import {
  to = awscc_detective_graph.example
  identity = {
    arn = "arn"
  }
}
