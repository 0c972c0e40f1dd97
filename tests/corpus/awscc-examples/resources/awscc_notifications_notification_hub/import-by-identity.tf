import {
  to = awscc_notifications_notification_hub.example
  identity = {
    region = "region"
  }
}
