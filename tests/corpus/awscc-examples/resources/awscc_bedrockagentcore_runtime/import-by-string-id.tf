import {
  to = awscc_bedrockagentcore_runtime.example
  id = "agent_runtime_id"
}