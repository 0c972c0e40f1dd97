import {
  to = awscc_bedrockagentcore_policy_engine.example
  identity = {
    policy_engine_arn = "policy_engine_arn"
  }
}
