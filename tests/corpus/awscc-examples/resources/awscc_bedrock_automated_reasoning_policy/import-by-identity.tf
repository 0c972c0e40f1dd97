import {
  to = awscc_bedrock_automated_reasoning_policy.example
  identity = {
    policy_arn = "policy_arn"
  }
}
