import {
  to = awscc_vpclattice_service_network.example
  identity = {
    arn = "arn"
  }
}
