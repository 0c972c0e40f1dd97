import {
  to = awscc_workspacesweb_trust_store.example
  id = "trust_store_arn"
}