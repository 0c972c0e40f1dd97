import {
  to = awscc_bedrockagentcore_workload_identity.example
  identity = {
    name = "name"
  }
}
