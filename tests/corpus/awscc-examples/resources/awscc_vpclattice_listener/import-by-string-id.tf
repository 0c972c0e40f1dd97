import {
  to = awscc_vpclattice_listener.example
  id = "arn"
}