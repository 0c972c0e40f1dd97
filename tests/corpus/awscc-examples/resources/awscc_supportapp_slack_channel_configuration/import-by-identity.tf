import {
  to = awscc_supportapp_slack_channel_configuration.example
  identity = {
    team_id    = "team_id"
    channel_id = "channel_id"
  }
}
