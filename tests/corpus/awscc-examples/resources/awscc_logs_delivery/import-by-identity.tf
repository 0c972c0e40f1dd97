import {
  to = awscc_logs_delivery.example
  identity = {
    delivery_id = "delivery_id"
  }
}
