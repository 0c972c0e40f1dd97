import {
  to = awscc_bedrockagentcore_policy.example
  id = "policy_arn"
}