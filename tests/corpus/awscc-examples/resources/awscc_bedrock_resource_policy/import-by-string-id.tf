import {
  to = awscc_bedrock_resource_policy.example
  id = "resource_arn"
}