import {
  to = awscc_odb_odb_peering_connection.example
  identity = {
    odb_peering_connection_arn = "odb_peering_connection_arn"
  }
}
