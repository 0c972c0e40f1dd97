import {
  to = awscc_events_endpoint.example
  identity = {
    name = "name"
  }
}
