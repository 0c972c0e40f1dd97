import {
  to = awscc_wisdom_ai_agent.example
  id = "ai_agent_id|assistant_id"
}