import {
  to = awscc_qbusiness_plugin.example
  identity = {
    application_id = "application_id"
    plugin_id      = "plugin_id"
  }
}
