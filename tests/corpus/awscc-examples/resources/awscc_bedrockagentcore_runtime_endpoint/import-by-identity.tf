import {
  to = awscc_bedrockagentcore_runtime_endpoint.example
  identity = {
    agent_runtime_endpoint_arn = "agent_runtime_endpoint_arn"
  }
}
