import {
  to = awscc_nimblestudio_studio_component.example
  id = "studio_component_id"
}