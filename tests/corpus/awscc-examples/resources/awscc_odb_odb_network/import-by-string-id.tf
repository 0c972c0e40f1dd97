import {
  to = awscc_odb_odb_network.example
  id = "odb_network_arn"
}