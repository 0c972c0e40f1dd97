import {
  to = awscc_vpclattice_target_group.example
  identity = {
    arn = "arn"
  }
}
