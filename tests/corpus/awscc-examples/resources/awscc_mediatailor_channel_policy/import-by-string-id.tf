import {
  to = awscc_mediatailor_channel_policy.example
  id = "channel_name"
}