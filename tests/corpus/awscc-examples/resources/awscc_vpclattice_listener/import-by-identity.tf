import {
  to = awscc_vpclattice_listener.example
  identity = {
    arn = "arn"
  }
}
