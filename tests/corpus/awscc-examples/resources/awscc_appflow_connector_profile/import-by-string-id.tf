import {
  to = awscc_appflow_connector_profile.example
  id = "connector_profile_name"
}