import {
  to = awscc_workspacesinstances_volume.example
  identity = {
    volume_id = "volume_id"
  }
}
