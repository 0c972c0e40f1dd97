import {
  to = awscc_quicksight_analysis.example
  identity = {
    analysis_id    = "analysis_id"
    aws_account_id = "aws_account_id"
  }
}
