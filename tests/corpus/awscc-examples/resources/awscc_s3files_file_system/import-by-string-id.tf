import {
  to = awscc_s3files_file_system.example
  id = "file_system_arn"
}