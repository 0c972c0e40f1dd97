import {
  to = awscc_connect_agent_status.example
  identity = {
    agent_status_arn = "agent_status_arn"
  }
}
