import {
  to = awscc_efs_mount_target.example
  identity = {
    id = "id"
  }
}
