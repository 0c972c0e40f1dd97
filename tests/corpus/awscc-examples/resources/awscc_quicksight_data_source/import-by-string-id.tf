import {
  to = awscc_quicksight_data_source.example
  id = "aws_account_id|data_source_id"
}