import {
  to = awscc_bedrock_enforced_guardrail_configuration.example
  id = "config_id"
}