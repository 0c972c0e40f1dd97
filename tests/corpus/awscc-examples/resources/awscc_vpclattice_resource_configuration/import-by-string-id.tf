import {
  to = awscc_vpclattice_resource_configuration.example
  id = "arn"
}