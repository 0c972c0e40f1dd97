import {
  to = awscc_sns_topic_inline_policy.example
  identity = {
    topic_arn = "topic_arn"
  }
}
