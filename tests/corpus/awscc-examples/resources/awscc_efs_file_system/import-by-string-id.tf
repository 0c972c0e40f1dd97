import {
  to = awscc_efs_file_system.example
  id = "file_system_id"
}