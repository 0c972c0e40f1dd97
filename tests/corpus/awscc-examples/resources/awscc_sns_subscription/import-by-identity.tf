import {
  to = awscc_sns_subscription.example
  identity = {
    arn = "arn"
  }
}
