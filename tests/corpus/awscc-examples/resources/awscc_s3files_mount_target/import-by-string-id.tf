import {
  to = awscc_s3files_mount_target.example
  id = "mount_target_id"
}