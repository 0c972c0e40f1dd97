import {
  to = awscc_wisdom_assistant.example
  identity = {
    assistant_id = "assistant_id"
  }
}
