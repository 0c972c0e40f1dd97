import {
  to = awscc_sns_subscription.example
  id = "arn"
}