import {
  to = awscc_devopsguru_notification_channel.example
  identity = {
    id = "id"
  }
}
