import {
  to = awscc_s3files_file_system_policy.example
  identity = {
    file_system_id = "file_system_id"
  }
}
