import {
  to = awscc_logs_delivery.example
  id = "delivery_id"
}