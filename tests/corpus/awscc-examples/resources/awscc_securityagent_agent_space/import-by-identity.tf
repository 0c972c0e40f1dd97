import {
  to = awscc_securityagent_agent_space.example
  identity = {
    agent_space_id = "agent_space_id"
  }
}
