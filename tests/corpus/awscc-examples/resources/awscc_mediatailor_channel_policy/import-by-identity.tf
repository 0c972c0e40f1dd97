import {
  to = awscc_mediatailor_channel_policy.example
  identity = {
    channel_name = "channel_name"
  }
}
