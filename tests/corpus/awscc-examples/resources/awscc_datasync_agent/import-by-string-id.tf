import {
  to = awscc_datasync_agent.example
  id = "agent_arn"
}