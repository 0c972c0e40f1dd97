import {
  to = awscc_workspacesinstances_volume_association.example
  identity = {
    workspace_instance_id = "workspace_instance_id"
    volume_id             = "volume_id"
    device                = "device"
  }
}
