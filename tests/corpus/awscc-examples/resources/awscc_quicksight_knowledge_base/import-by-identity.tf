import {
  to = awscc_quicksight_knowledge_base.example
  identity = {
    aws_account_id    = "aws_account_id"
    knowledge_base_id = "knowledge_base_id"
  }
}
