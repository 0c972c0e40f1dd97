import {
  to = awscc_sns_topic.example
  identity = {
    topic_arn = "topic_arn"
  }
}
