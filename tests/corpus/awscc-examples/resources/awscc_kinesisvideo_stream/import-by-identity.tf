import {
  to = awscc_kinesisvideo_stream.example
  identity = {
    name = "name"
  }
}
