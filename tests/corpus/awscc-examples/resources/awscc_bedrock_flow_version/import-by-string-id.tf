import {
  to = awscc_bedrock_flow_version.example
  id = "flow_arn|version"
}