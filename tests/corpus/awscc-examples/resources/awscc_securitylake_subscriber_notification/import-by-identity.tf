import {
  to = awscc_securitylake_subscriber_notification.example
  identity = {
    subscriber_arn = "subscriber_arn"
  }
}
