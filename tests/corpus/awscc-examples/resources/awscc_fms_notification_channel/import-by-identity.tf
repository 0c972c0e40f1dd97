import {
  to = awscc_fms_notification_channel.example
  identity = {
    sns_topic_arn = "sns_topic_arn"
  }
}
