import {
  to = awscc_bedrock_automated_reasoning_policy_version.example
  id = "policy_arn|version"
}