import {
  to = awscc_workspacesinstances_volume.example
  id = "volume_id"
}