import {
  to = awscc_odb_odb_network.example
  identity = {
    odb_network_arn = "odb_network_arn"
  }
}
