import {
  to = awscc_vpclattice_service_network_service_association.example
  identity = {
    arn = "arn"
  }
}
