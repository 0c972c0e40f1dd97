import {
  to = awscc_bedrock_agent.example
  identity = {
    agent_id = "agent_id"
  }
}
