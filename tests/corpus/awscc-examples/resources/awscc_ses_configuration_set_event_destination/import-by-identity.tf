import {
  to = awscc_ses_configuration_set_event_destination.example
  identity = {
    id = "id"
  }
}
