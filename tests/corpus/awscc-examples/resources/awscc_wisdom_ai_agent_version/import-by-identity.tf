import {
  to = awscc_wisdom_ai_agent_version.example
  identity = {
    assistant_id   = "assistant_id"
    ai_agent_id    = "ai_agent_id"
    version_number = "version_number"
  }
}
