import {
  to = awscc_bedrock_guardrail_version.example
  id = "guardrail_id|version"
}