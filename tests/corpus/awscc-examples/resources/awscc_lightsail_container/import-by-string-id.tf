import {
  to = awscc_lightsail_container.example
  id = "service_name"
}