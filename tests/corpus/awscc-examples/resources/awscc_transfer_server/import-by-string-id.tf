import {
  to = awscc_transfer_server.example
  id = "arn"
}