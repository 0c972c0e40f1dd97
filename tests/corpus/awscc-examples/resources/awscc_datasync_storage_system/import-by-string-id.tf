import {
  to = awscc_datasync_storage_system.example
  id = "id"
}