import {
  to = awscc_wisdom_ai_guardrail.example
  identity = {
    ai_guardrail_id = "ai_guardrail_id"
    assistant_id    = "assistant_id"
  }
}
