import {
  to = awscc_msk_topic.example
  id = "topic_arn"
}