import {
  to = awscc_chatbot_custom_action.example
  identity = {
    custom_action_arn = "custom_action_arn"
  }
}
