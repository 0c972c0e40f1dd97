import {
  to = awscc_bedrockagentcore_o_auth_2_credential_provider.example
  id = "credential_provider_arn"
}