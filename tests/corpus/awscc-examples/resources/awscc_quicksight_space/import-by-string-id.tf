import {
  to = awscc_quicksight_space.example
  id = "aws_account_id|space_id"
}