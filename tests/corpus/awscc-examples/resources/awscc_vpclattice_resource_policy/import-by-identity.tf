import {
  to = awscc_vpclattice_resource_policy.example
  identity = {
    resource_arn = "resource_arn"
  }
}
