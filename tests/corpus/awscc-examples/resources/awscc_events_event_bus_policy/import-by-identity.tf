import {
  to = awscc_events_event_bus_policy.example
  identity = {
    event_bus_name = "event_bus_name"
    statement_id   = "statement_id"
  }
}
