import {
  to = awscc_appflow_connector.example
  identity = {
    connector_label = "connector_label"
  }
}
