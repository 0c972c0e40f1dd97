import {
  to = awscc_kinesisvideo_stream.example
  id = "name"
}