import {
  to = awscc_workspacesweb_data_protection_settings.example
  id = "data_protection_settings_arn"
}