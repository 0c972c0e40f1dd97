import {
  to = awscc_quicksight_vpc_connection.example
  id = "aws_account_id|vpc_connection_id"
}