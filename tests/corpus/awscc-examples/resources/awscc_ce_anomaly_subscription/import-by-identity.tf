import {
  to = awscc_ce_anomaly_subscription.example
  identity = {
    subscription_arn = "subscription_arn"
  }
}
