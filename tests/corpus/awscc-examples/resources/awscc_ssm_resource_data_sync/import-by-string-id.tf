import {
  to = awscc_ssm_resource_data_sync.example
  id = "sync_name"
}