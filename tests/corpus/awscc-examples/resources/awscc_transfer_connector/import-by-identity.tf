import {
  to = awscc_transfer_connector.example
  identity = {
    connector_id = "connector_id"
  }
}
