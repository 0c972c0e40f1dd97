import {
  to = awscc_bedrockagentcore_policy_engine.example
  id = "policy_engine_arn"
}