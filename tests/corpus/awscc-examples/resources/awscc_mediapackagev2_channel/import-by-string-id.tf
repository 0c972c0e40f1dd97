import {
  to = awscc_mediapackagev2_channel.example
  id = "arn"
}