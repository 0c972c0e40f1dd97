import {
  to = awscc_cloudtrail_channel.example
  id = "channel_arn"
}