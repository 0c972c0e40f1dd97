import {
  to = awscc_quicksight_theme.example
  id = "theme_id|aws_account_id"
}