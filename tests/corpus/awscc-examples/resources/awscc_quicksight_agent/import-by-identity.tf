import {
  to = awscc_quicksight_agent.example
  identity = {
    aws_account_id = "aws_account_id"
    agent_id       = "agent_id"
  }
}
