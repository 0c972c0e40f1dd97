import {
  to = awscc_vpclattice_service_network_vpc_association.example
  id = "arn"
}