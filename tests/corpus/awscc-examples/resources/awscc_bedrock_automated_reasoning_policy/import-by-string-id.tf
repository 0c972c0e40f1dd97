import {
  to = awscc_bedrock_automated_reasoning_policy.example
  id = "policy_arn"
}