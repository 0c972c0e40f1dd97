import {
  to = awscc_msk_channel.example
  id = "channel_arn"
}