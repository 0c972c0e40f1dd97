import {
  to = awscc_interconnect_connection.example
  identity = {
    arn = "arn"
  }
}
