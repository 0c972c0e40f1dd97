import {
  to = awscc_vpclattice_resource_gateway.example
  id = "arn"
}