import {
  to = awscc_mediapackagev2_channel.example
  identity = {
    arn = "arn"
  }
}
