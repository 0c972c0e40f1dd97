import {
  to = awscc_quicksight_analysis.example
  id = "analysis_id|aws_account_id"
}