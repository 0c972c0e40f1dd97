import {
  to = awscc_wisdom_ai_guardrail.example
  id = "ai_guardrail_id|assistant_id"
}