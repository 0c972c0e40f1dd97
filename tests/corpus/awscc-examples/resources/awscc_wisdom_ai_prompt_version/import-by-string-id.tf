import {
  to = awscc_wisdom_ai_prompt_version.example
  id = "assistant_id|ai_prompt_id|version_number"
}