import {
  to = awscc_bedrockagentcore_resource_policy.example
  identity = {
    resource_arn = "resource_arn"
  }
}
