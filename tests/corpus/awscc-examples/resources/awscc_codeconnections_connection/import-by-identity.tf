import {
  to = awscc_codeconnections_connection.example
  identity = {
    connection_arn = "connection_arn"
  }
}
