import {
  to = awscc_workspacesinstances_volume_association.example
  id = "workspace_instance_id|volume_id|device"
}