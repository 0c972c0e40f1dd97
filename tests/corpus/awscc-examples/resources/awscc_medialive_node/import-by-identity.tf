import {
  to = awscc_medialive_node.example
  identity = {
    arn = "arn"
  }
}
