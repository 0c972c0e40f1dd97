import {
  to = awscc_workspacesweb_user_access_logging_settings.example
  identity = {
    user_access_logging_settings_arn = "user_access_logging_settings_arn"
  }
}
