import {
  to = awscc_codestarconnections_connection.example
  identity = {
    connection_arn = "connection_arn"
  }
}
