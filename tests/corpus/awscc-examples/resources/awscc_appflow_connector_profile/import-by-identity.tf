import {
  to = awscc_appflow_connector_profile.example
  identity = {
    connector_profile_name = "connector_profile_name"
  }
}
