import {
  to = awscc_vpclattice_service.example
  identity = {
    arn = "arn"
  }
}
