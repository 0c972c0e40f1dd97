import {
  to = awscc_efs_mount_target.example
  id = "id"
}