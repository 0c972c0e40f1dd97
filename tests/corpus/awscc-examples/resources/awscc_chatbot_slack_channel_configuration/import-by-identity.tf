import {
  to = awscc_chatbot_slack_channel_configuration.example
  identity = {
    arn = "arn"
  }
}
