import {
  to = awscc_mediatailor_channel.example
  identity = {
    channel_name = "channel_name"
  }
}
