import {
  to = awscc_directconnect_lag.example
  id = "lag_arn"
}