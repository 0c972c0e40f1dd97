import {
  to = awscc_bedrockagentcore_runtime.example
  identity = {
    agent_runtime_id = "agent_runtime_id"
  }
}
