import {
  to = awscc_bedrockagentcore_configuration_bundle.example
  identity = {
    bundle_arn = "bundle_arn"
  }
}
