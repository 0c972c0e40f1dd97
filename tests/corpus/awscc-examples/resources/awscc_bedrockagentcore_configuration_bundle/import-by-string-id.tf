import {
  to = awscc_bedrockagentcore_configuration_bundle.example
  id = "bundle_arn"
}