import {
  to = awscc_devopsagent_association.example
  id = "agent_space_id|association_id"
}