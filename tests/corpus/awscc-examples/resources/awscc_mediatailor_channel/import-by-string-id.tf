import {
  to = awscc_mediatailor_channel.example
  id = "channel_name"
}