import {
  to = awscc_ivs_playback_restriction_policy.example
  id = "arn"
}