import {
  to = awscc_nimblestudio_streaming_image.example
  identity = {
    streaming_image_id = "streaming_image_id"
  }
}
