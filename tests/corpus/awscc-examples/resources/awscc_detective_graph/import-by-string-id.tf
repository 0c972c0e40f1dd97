import {
  to = awscc_detective_graph.example
  id = "arn"
}