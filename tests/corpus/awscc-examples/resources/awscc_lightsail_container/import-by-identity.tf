import {
  to = awscc_lightsail_container.example
  identity = {
    service_name = "service_name"
  }
}
