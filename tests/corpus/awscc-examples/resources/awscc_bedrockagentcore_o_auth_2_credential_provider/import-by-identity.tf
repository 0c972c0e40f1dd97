import {
  to = awscc_bedrockagentcore_o_auth_2_credential_provider.example
  identity = {
    credential_provider_arn = "credential_provider_arn"
  }
}
