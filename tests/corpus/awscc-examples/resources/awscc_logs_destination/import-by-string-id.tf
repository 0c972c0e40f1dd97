import {
  to = awscc_logs_destination.example
  id = "destination_name"
}