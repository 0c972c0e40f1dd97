import {
  to = awscc_fms_notification_channel.example
  id = "sns_topic_arn"
}