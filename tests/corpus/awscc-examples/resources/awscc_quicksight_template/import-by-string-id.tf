import {
  to = awscc_quicksight_template.example
  id = "aws_account_id|template_id"
}