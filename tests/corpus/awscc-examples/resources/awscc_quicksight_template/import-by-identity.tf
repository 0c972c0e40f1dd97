import {
  to = awscc_quicksight_template.example
  identity = {
    aws_account_id = "aws_account_id"
    template_id    = "template_id"
  }
}
