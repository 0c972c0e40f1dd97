import {
  to = awscc_kafkaconnect_custom_plugin.example
  identity = {
    custom_plugin_arn = "custom_plugin_arn"
  }
}
