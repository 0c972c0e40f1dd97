import {
  to = awscc_cloudtrail_channel.example
  identity = {
    channel_arn = "channel_arn"
  }
}
