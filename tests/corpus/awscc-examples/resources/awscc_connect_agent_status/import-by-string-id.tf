import {
  to = awscc_connect_agent_status.example
  id = "agent_status_arn"
}