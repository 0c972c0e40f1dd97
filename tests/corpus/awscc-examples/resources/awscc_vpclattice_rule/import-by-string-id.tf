import {
  to = awscc_vpclattice_rule.example
  id = "arn"
}