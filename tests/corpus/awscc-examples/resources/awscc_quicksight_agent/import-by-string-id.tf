import {
  to = awscc_quicksight_agent.example
  id = "aws_account_id|agent_id"
}