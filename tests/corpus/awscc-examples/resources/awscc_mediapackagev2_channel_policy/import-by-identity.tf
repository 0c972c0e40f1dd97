import {
  to = awscc_mediapackagev2_channel_policy.example
  identity = {
    channel_group_name = "channel_group_name"
    channel_name       = "channel_name"
  }
}
