import {
  to = awscc_notifications_managed_notification_additional_channel_association.example
  id = "channel_arn|managed_notification_configuration_arn"
}