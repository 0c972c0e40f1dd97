import {
  to = awscc_ivs_playback_key_pair.example
  identity = {
    arn = "arn"
  }
}
