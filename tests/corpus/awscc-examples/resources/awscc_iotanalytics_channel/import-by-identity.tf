import {
  to = awscc_iotanalytics_channel.example
  identity = {
    channel_name = "channel_name"
  }
}
