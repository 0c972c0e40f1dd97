import {
  to = awscc_kinesisvideo_signaling_channel.example
  identity = {
    name = "name"
  }
}
