import {
  to = awscc_notifications_channel_association.example
  id = "arn|notification_configuration_arn"
}