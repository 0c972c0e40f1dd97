import {
  to = awscc_bedrock_resource_policy.example
  identity = {
    resource_arn = "resource_arn"
  }
}
