import {
  to = awscc_msk_topic.example
  identity = {
    topic_arn = "topic_arn"
  }
}
