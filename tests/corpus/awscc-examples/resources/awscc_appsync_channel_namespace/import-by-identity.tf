import {
  to = awscc_appsync_channel_namespace.example
  identity = {
    channel_namespace_arn = "channel_namespace_arn"
  }
}
