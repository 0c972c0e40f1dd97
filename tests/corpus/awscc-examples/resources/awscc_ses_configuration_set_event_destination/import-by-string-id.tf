import {
  to = awscc_ses_configuration_set_event_destination.example
  id = "id"
}