import {
  to = awscc_notifications_notification_hub.example
  id = "region"
}