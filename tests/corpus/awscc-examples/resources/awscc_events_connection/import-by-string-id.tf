import {
  to = awscc_events_connection.example
  id = "name"
}