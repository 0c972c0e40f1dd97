import {
  to = awscc_datasync_agent.example
  identity = {
    agent_arn = "agent_arn"
  }
}
