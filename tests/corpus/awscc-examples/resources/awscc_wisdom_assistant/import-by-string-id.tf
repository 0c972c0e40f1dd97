import {
  to = awscc_wisdom_assistant.example
  id = "assistant_id"
}