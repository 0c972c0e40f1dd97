import {
  to = awscc_quicksight_space.example
  identity = {
    aws_account_id = "aws_account_id"
    space_id       = "space_id"
  }
}
