import {
  to = awscc_quicksight_folder.example
  id = "aws_account_id|folder_id"
}