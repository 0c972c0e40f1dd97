import {
  to = awscc_quicksight_folder.example
  identity = {
    aws_account_id = "aws_account_id"
    folder_id      = "folder_id"
  }
}
