import {
  to = awscc_codepipeline_custom_action_type.example
  identity = {
    category      = "category"
    provider_name = "provider_name"
    version       = "version"
  }
}
