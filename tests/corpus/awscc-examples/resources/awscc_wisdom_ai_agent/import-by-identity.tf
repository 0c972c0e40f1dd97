import {
  to = awscc_wisdom_ai_agent.example
  identity = {
    ai_agent_id  = "ai_agent_id"
    assistant_id = "assistant_id"
  }
}
