import {
  to = awscc_vpclattice_service_network.example
  id = "arn"
}