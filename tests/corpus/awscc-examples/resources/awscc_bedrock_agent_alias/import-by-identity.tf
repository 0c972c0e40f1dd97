import {
  to = awscc_bedrock_agent_alias.example
  identity = {
    agent_id       = "agent_id"
    agent_alias_id = "agent_alias_id"
  }
}
