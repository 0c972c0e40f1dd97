import {
  to = awscc_nimblestudio_streaming_image.example
  id = "streaming_image_id"
}