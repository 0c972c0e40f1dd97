import {
  to = awscc_chatbot_microsoft_teams_channel_configuration.example
  id = "arn"
}