import {
  to = awscc_logs_delivery_source.example
  id = "name"
}