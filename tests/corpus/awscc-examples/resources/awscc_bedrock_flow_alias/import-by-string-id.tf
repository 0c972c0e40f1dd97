import {
  to = awscc_bedrock_flow_alias.example
  id = "arn|flow_arn"
}