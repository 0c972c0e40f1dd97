import {
  to = awscc_supportapp_slack_workspace_configuration.example
  identity = {
    team_id = "team_id"
  }
}
