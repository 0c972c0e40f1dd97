import {
  to = awscc_quicksight_action_connector.example
  identity = {
    action_connector_id = "action_connector_id"
    aws_account_id      = "aws_account_id"
  }
}
