import {
  to = awscc_bedrockagentcore_policy.example
  identity = {
    policy_arn = "policy_arn"
  }
}
