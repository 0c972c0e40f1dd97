import {
  to = awscc_kinesisvideo_signaling_channel.example
  id = "name"
}