import {
  to = awscc_securityagent_agent_space.example
  id = "agent_space_id"
}