import {
  to = awscc_workspacesweb_user_access_logging_settings.example
  id = "user_access_logging_settings_arn"
}