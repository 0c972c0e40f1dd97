import {
  to = awscc_quicksight_topic_v2.example
  id = "aws_account_id|topic_id"
}