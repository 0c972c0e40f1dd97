import {
  to = awscc_bedrockagentcore_payment_credential_provider.example
  identity = {
    credential_provider_arn = "credential_provider_arn"
  }
}
