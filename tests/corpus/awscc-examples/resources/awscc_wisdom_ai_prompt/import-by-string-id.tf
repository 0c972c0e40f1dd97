import {
  to = awscc_wisdom_ai_prompt.example
  id = "ai_prompt_id|assistant_id"
}