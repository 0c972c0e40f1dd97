import {
  to = awscc_datazone_connection.example
  identity = {
    domain_id     = "domain_id"
    connection_id = "connection_id"
  }
}
