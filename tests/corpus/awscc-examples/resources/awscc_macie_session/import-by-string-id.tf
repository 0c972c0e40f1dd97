import {
  to = awscc_macie_session.example
  id = "aws_account_id"
}