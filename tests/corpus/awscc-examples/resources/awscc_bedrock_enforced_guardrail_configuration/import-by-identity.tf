import {
  to = awscc_bedrock_enforced_guardrail_configuration.example
  identity = {
    config_id = "config_id"
  }
}
