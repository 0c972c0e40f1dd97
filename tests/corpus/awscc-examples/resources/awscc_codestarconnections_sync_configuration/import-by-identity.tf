import {
  to = awscc_codestarconnections_sync_configuration.example
  identity = {
    resource_name = "resource_name"
    sync_type     = "sync_type"
  }
}
