import {
  to = awscc_kafkaconnect_custom_plugin.example
  id = "custom_plugin_arn"
}