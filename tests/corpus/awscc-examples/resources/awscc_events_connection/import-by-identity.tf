import {
  to = awscc_events_connection.example
  identity = {
    name = "name"
  }
}
