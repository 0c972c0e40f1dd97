import {
  to = awscc_vpclattice_resource_configuration.example
  identity = {
    arn = "arn"
  }
}
