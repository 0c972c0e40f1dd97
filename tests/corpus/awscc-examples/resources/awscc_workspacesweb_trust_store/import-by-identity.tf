import {
  to = awscc_workspacesweb_trust_store.example
  identity = {
    trust_store_arn = "trust_store_arn"
  }
}
