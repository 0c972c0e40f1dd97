import {
  to = awscc_odb_odb_peering_connection.example
  id = "odb_peering_connection_arn"
}