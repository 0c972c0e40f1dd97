import {
  to = awscc_mediapackage_channel.example
  identity = {
    id = "id"
  }
}
