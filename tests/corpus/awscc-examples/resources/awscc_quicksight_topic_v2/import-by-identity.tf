import {
  to = awscc_quicksight_topic_v2.example
  identity = {
    aws_account_id = "aws_account_id"
    topic_id       = "topic_id"
  }
}
