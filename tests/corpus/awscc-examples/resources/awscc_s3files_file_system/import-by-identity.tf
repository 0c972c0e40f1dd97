import {
  to = awscc_s3files_file_system.example
  identity = {
    file_system_arn = "file_system_arn"
  }
}
