import {
  to = awscc_vpclattice_rule.example
  identity = {
    arn = "arn"
  }
}
