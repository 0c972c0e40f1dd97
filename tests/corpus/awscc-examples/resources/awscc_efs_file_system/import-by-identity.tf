import {
  to = awscc_efs_file_system.example
  identity = {
    file_system_id = "file_system_id"
  }
}
