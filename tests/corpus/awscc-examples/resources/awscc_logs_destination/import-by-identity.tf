import {
  to = awscc_logs_destination.example
  identity = {
    destination_name = "destination_name"
  }
}
