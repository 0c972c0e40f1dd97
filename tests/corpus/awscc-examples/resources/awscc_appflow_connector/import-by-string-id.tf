import {
  to = awscc_appflow_connector.example
  id = "connector_label"
}