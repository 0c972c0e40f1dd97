import {
  to = awscc_appintegrations_data_integration.example
  id = "id"
}