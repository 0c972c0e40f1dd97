import {
  to = awscc_quicksight_theme.example
  identity = {
    theme_id       = "theme_id"
    aws_account_id = "aws_account_id"
  }
}
