import {
  to = awscc_sns_topic.example
  id = "topic_arn"
}