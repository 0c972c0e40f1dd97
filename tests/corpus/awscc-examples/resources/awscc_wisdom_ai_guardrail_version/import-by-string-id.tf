import {
  to = awscc_wisdom_ai_guardrail_version.example
  id = "assistant_id|ai_guardrail_id|version_number"
}