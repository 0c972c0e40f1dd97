import {
  to = awscc_bedrockagentcore_gateway.example
  identity = {
    gateway_identifier = "gateway_identifier"
  }
}
