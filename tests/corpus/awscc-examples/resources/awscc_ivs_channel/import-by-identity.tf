import {
  to = awscc_ivs_channel.example
  identity = {
    arn = "arn"
  }
}
