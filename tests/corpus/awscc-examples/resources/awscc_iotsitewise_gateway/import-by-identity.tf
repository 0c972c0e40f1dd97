import {
  to = awscc_iotsitewise_gateway.example
  identity = {
    gateway_id = "gateway_id"
  }
}
