import {
  to = awscc_mediapackagev2_channel_policy.example
  id = "channel_group_name|channel_name"
}