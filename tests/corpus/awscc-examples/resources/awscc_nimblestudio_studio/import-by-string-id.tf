import {
  to = awscc_nimblestudio_studio.example
  id = "studio_id"
}