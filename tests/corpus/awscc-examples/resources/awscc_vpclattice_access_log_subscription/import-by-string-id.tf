import {
  to = awscc_vpclattice_access_log_subscription.example
  id = "arn"
}