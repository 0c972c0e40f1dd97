import {
  to = awscc_nimblestudio_studio_component.example
  identity = {
    studio_component_id = "studio_component_id"
  }
}
