import {
  to = awscc_notifications_notification_configuration.example
  id = "arn"
}