import {
  to = awscc_wisdom_ai_prompt_version.example
  identity = {
    assistant_id   = "assistant_id"
    ai_prompt_id   = "ai_prompt_id"
    version_number = "version_number"
  }
}
