import {
  to = awscc_quicksight_custom_permissions.example
  identity = {
    aws_account_id          = "aws_account_id"
    custom_permissions_name = "custom_permissions_name"
  }
}
