import {
  to = awscc_events_event_bus_policy.example
  id = "event_bus_name|statement_id"
}