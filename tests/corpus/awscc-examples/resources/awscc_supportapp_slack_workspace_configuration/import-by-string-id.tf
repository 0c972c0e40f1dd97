import {
  to = awscc_supportapp_slack_workspace_configuration.example
  id = "team_id"
}