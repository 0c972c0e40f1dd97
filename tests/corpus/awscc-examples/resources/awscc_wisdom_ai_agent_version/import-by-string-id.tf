import {
  to = awscc_wisdom_ai_agent_version.example
  id = "assistant_id|ai_agent_id|version_number"
}