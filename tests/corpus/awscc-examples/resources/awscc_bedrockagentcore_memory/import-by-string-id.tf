import {
  to = awscc_bedrockagentcore_memory.example
  id = "memory_arn"
}