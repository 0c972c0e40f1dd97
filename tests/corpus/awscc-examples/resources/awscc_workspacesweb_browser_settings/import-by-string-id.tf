import {
  to = awscc_workspacesweb_browser_settings.example
  id = "browser_settings_arn"
}