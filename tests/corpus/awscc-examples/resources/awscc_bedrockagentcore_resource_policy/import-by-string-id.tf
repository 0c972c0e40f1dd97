import {
  to = awscc_bedrockagentcore_resource_policy.example
  id = "resource_arn"
}