import {
  to = awscc_workspacesweb_ip_access_settings.example
  identity = {
    ip_access_settings_arn = "ip_access_settings_arn"
  }
}
