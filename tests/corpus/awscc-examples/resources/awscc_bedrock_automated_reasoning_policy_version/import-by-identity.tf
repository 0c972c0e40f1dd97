import {
  to = awscc_bedrock_automated_reasoning_policy_version.example
  identity = {
    policy_arn = "policy_arn"
    version    = "version"
  }
}
