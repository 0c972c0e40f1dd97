import {
  to = awscc_devopsagent_association.example
  identity = {
    agent_space_id = "agent_space_id"
    association_id = "association_id"
  }
}
