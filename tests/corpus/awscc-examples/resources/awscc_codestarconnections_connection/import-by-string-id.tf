import {
  to = awscc_codestarconnections_connection.example
  id = "connection_arn"
}