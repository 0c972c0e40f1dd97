import {
  to = awscc_mediapackage_channel.example
  id = "id"
}