import {
  to = awscc_logs_delivery_source.example
  identity = {
    name = "name"
  }
}
