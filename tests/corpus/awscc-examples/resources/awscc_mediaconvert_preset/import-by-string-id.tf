import {
  to = awscc_mediaconvert_preset.example
  id = "name"
}