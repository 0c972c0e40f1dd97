import {
  to = awscc_workspacesweb_user_settings.example
  id = "user_settings_arn"
}