import {
  to = awscc_s3files_file_system_policy.example
  id = "file_system_id"
}