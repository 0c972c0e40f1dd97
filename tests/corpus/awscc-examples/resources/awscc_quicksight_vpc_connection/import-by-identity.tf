import {
  to = awscc_quicksight_vpc_connection.example
  identity = {
    aws_account_id    = "aws_account_id"
    vpc_connection_id = "vpc_connection_id"
  }
}
