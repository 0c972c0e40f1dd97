import {
  to = awscc_quicksight_custom_permissions.example
  id = "aws_account_id|custom_permissions_name"
}