import {
  to = awscc_mediapackagev2_channel_group.example
  identity = {
    arn = "arn"
  }
}
