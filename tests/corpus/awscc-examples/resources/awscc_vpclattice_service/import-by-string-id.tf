import {
  to = awscc_vpclattice_service.example
  id = "arn"
}