import {
  to = awscc_directconnect_lag.example
  identity = {
    lag_arn = "lag_arn"
  }
}
