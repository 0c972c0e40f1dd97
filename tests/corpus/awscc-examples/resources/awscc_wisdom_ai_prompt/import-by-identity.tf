import {
  to = awscc_wisdom_ai_prompt.example
  identity = {
    ai_prompt_id = "ai_prompt_id"
    assistant_id = "assistant_id"
  }
}
