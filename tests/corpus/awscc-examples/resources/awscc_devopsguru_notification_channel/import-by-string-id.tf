import {
  to = awscc_devopsguru_notification_channel.example
  id = "id"
}