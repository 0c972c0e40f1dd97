import {
  to = awscc_workspacesweb_identity_provider.example
  identity = {
    identity_provider_arn = "identity_provider_arn"
  }
}
