import {
  to = awscc_codeconnections_connection.example
  id = "connection_arn"
}