
resource "awscc_supportapp_slack_workspace_configuration" "slack_workspace_example" {
  team_id = "team_id_from_slack" # Replace with the actual team ID from Slack
  # Other configuration parameters...
}