import {
  to = awscc_nimblestudio_studio.example
  identity = {
    studio_id = "studio_id"
  }
}
