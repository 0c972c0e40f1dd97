import {
  to = awscc_supportapp_slack_channel_configuration.example
  id = "team_id|channel_id"
}