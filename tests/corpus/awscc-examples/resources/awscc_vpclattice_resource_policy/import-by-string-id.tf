import {
  to = awscc_vpclattice_resource_policy.example
  id = "resource_arn"
}