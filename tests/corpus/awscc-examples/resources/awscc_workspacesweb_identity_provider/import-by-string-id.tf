import {
  to = awscc_workspacesweb_identity_provider.example
  id = "identity_provider_arn"
}