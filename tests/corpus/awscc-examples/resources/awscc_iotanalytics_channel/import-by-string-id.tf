import {
  to = awscc_iotanalytics_channel.example
  id = "channel_name"
}