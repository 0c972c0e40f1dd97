import {
  to = awscc_quicksight_data_set.example
  id = "aws_account_id|data_set_id"
}