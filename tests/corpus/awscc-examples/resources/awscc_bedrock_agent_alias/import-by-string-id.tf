import {
  to = awscc_bedrock_agent_alias.example
  id = "agent_id|agent_alias_id"
}