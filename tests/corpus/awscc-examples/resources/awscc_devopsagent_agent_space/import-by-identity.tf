import {
  to = awscc_devopsagent_agent_space.example
  identity = {
    agent_space_id = "agent_space_id"
  }
}
