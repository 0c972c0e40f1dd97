import {
  to = awscc_notifications_notification_configuration.example
  identity = {
    arn = "arn"
  }
}
