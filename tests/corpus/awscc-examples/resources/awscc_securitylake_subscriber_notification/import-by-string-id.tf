import {
  to = awscc_securitylake_subscriber_notification.example
  id = "subscriber_arn"
}