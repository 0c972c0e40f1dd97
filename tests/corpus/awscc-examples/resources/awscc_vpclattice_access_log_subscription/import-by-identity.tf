import {
  to = awscc_vpclattice_access_log_subscription.example
  identity = {
    arn = "arn"
  }
}
