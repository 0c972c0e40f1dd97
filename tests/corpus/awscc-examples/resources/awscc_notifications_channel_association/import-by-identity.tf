import {
  to = awscc_notifications_channel_association.example
  identity = {
    arn                            = "arn"
    notification_configuration_arn = "notification_configuration_arn"
  }
}
