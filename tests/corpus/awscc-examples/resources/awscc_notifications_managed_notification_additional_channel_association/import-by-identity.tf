import {
  to = awscc_notifications_managed_notification_additional_channel_association.example
  identity = {
    channel_arn                            = "channel_arn"
    managed_notification_configuration_arn = "managed_notification_configuration_arn"
  }
}
