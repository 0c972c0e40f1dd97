import {
  to = awscc_devopsagent_agent_space.example
  id = "agent_space_id"
}