import {
  to = awscc_bedrock_flow_alias.example
  identity = {
    arn      = "arn"
    flow_arn = "flow_arn"
  }
}
