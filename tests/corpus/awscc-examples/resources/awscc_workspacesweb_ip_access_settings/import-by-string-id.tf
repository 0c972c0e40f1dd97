import {
  to = awscc_workspacesweb_ip_access_settings.example
  id = "ip_access_settings_arn"
}