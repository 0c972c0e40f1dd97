import {
  to = awscc_bedrockagentcore_gateway.example
  id = "gateway_identifier"
}