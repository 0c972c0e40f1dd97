import {
  to = awscc_panorama_application_instance.example
  id = "application_instance_id"
}