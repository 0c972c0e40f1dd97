import {
  to = awscc_macie_session.example
  identity = {
    aws_account_id = "aws_account_id"
  }
}
