import {
  to = awscc_workspacesweb_user_settings.example
  identity = {
    user_settings_arn = "user_settings_arn"
  }
}
