import {
  to = awscc_events_api_destination.example
  identity = {
    name = "name"
  }
}
