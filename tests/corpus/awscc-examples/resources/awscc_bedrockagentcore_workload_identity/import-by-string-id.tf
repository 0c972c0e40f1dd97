import {
  to = awscc_bedrockagentcore_workload_identity.example
  id = "name"
}