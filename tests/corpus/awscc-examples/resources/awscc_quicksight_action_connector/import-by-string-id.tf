import {
  to = awscc_quicksight_action_connector.example
  id = "action_connector_id|aws_account_id"
}