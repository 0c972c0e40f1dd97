import {
  to = awscc_mediaconvert_preset.example
  identity = {
    name = "name"
  }
}
