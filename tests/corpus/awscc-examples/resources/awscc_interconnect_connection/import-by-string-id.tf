import {
  to = awscc_interconnect_connection.example
  id = "arn"
}