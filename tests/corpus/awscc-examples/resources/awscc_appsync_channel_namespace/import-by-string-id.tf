import {
  to = awscc_appsync_channel_namespace.example
  id = "channel_namespace_arn"
}