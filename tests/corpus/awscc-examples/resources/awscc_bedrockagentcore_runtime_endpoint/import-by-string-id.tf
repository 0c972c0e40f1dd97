import {
  to = awscc_bedrockagentcore_runtime_endpoint.example
  id = "agent_runtime_endpoint_arn"
}