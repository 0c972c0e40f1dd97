import {
  to = awscc_quicksight_knowledge_base.example
  id = "aws_account_id|knowledge_base_id"
}