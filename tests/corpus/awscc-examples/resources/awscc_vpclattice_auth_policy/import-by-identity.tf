import {
  to = awscc_vpclattice_auth_policy.example
  identity = {
    resource_identifier = "resource_identifier"
  }
}
