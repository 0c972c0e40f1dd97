import {
  to = awscc_vpclattice_auth_policy.example
  id = "resource_identifier"
}