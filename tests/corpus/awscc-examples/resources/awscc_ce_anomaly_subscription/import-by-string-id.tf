import {
  to = awscc_ce_anomaly_subscription.example
  id = "subscription_arn"
}