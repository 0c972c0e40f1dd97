import {
  to = awscc_bedrock_guardrail.example
  id = "guardrail_arn"
}