import {
  to = awscc_codestarconnections_sync_configuration.example
  id = "resource_name|sync_type"
}