import {
  to = awscc_s3files_mount_target.example
  identity = {
    mount_target_id = "mount_target_id"
  }
}
