import {
  to = awscc_iotsitewise_gateway.example
  id = "gateway_id"
}