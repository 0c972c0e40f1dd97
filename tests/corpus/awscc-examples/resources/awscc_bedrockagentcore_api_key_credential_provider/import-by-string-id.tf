import {
  to = awscc_bedrockagentcore_api_key_credential_provider.example
  id = "credential_provider_arn"
}