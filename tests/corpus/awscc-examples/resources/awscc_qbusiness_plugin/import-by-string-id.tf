import {
  to = awscc_qbusiness_plugin.example
  id = "application_id|plugin_id"
}