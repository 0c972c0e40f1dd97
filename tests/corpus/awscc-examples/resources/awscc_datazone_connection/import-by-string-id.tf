import {
  to = awscc_datazone_connection.example
  id = "domain_id|connection_id"
}