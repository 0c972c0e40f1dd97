import {
  to = awscc_panorama_application_instance.example
  identity = {
    application_instance_id = "application_instance_id"
  }
}
