import {
  to = awscc_ssm_resource_data_sync.example
  identity = {
    sync_name = "sync_name"
  }
}
