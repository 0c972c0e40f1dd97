import {
  to = awscc_workspacesweb_network_settings.example
  identity = {
    network_settings_arn = "network_settings_arn"
  }
}
