import {
  to = awscc_bedrockagentcore_memory.example
  identity = {
    memory_arn = "memory_arn"
  }
}
