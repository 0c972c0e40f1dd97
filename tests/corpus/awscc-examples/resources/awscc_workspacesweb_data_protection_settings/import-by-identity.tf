import {
  to = awscc_workspacesweb_data_protection_settings.example
  identity = {
    data_protection_settings_arn = "data_protection_settings_arn"
  }
}
