import {
  to = awscc_transfer_server.example
  identity = {
    arn = "arn"
  }
}
