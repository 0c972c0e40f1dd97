import {
  to = awscc_bedrock_flow_version.example
  identity = {
    flow_arn = "flow_arn"
    version  = "version"
  }
}
