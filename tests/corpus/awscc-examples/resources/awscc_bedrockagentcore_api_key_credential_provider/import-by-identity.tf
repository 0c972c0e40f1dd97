import {
  to = awscc_bedrockagentcore_api_key_credential_provider.example
  identity = {
    credential_provider_arn = "credential_provider_arn"
  }
}
