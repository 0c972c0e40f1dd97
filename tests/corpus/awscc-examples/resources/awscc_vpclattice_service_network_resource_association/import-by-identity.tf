import {
  to = awscc_vpclattice_service_network_resource_association.example
  identity = {
    arn = "arn"
  }
}
