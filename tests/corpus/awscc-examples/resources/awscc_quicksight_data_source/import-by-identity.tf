import {
  to = awscc_quicksight_data_source.example
  identity = {
    aws_account_id = "aws_account_id"
    data_source_id = "data_source_id"
  }
}
