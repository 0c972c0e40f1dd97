import {
  to = awscc_bedrock_guardrail.example
  identity = {
    guardrail_arn = "guardrail_arn"
  }
}
