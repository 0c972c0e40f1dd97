import {
  to = awscc_workspacesweb_browser_settings.example
  identity = {
    browser_settings_arn = "browser_settings_arn"
  }
}
