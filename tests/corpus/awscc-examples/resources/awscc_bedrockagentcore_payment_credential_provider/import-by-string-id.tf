import {
  to = awscc_bedrockagentcore_payment_credential_provider.example
  id = "credential_provider_arn"
}