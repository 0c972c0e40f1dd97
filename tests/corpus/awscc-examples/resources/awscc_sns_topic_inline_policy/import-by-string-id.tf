import {
  to = awscc_sns_topic_inline_policy.example
  id = "topic_arn"
}