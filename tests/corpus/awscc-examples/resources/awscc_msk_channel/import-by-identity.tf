import {
  to = awscc_msk_channel.example
  identity = {
    channel_arn = "channel_arn"
  }
}
