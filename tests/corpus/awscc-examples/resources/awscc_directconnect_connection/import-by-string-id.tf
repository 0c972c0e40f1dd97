import {
  to = awscc_directconnect_connection.example
  id = "connection_arn"
}