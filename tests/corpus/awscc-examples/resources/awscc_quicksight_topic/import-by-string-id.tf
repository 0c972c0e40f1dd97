import {
  to = awscc_quicksight_topic.example
  id = "aws_account_id|topic_id"
}