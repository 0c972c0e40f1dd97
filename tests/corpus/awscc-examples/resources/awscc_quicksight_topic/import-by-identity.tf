import {
  to = awscc_quicksight_topic.example
  identity = {
    aws_account_id = "aws_account_id"
    topic_id       = "topic_id"
  }
}
