import {
  to = awscc_ivs_channel.example
  id = "arn"
}