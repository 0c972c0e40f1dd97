import {
  to = awscc_quicksight_data_set.example
  identity = {
    aws_account_id = "aws_account_id"
    data_set_id    = "data_set_id"
  }
}
