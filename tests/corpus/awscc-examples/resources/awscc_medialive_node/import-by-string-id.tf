import {
  to = awscc_medialive_node.example
  id = "arn"
}