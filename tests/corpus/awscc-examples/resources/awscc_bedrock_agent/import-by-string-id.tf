import {
  to = awscc_bedrock_agent.example
  id = "agent_id"
}