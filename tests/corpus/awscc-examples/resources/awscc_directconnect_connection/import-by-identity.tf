import {
  to = awscc_directconnect_connection.example
  identity = {
    connection_arn = "connection_arn"
  }
}
