import {
  to = awscc_workspacesweb_network_settings.example
  id = "network_settings_arn"
}