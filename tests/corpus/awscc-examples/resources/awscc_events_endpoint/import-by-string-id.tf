import {
  to = awscc_events_endpoint.example
  id = "name"
}