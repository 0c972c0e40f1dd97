import {
  to = awscc_wisdom_ai_guardrail_version.example
  identity = {
    assistant_id    = "assistant_id"
    ai_guardrail_id = "ai_guardrail_id"
    version_number  = "version_number"
  }
}
