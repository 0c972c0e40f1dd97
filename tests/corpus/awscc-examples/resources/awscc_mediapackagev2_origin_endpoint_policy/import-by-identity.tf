import {
  to = awscc_mediapackagev2_origin_endpoint_policy.example
  identity = {
    channel_group_name   = "channel_group_name"
    channel_name         = "channel_name"
    origin_endpoint_name = "origin_endpoint_name"
  }
}
