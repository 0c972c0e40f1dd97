import {
  to = awscc_logs_delivery_destination.example
  identity = {
    name = "name"
  }
}
