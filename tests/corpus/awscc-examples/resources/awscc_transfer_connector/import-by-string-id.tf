import {
  to = awscc_transfer_connector.example
  id = "connector_id"
}