import {
  to = awscc_bedrock_guardrail_version.example
  identity = {
    guardrail_id = "guardrail_id"
    version      = "version"
  }
}
