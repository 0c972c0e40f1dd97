import {
  to = awscc_appintegrations_event_integration.example
  id = "name"
}