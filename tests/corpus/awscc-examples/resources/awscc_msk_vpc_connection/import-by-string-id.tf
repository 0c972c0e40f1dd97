import {
  to = awscc_msk_vpc_connection.example
  id = "arn"
}