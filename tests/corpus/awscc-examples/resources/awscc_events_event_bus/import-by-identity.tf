import {
  to = awscc_events_event_bus.example
  identity = {
    name = "name"
  }
}
