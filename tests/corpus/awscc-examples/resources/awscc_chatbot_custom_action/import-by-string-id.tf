import {
  to = awscc_chatbot_custom_action.example
  id = "custom_action_arn"
}