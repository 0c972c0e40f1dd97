import {
  to = awscc_lightsail_instance.example
  identity = {
    instance_name = "instance_name"
  }
}
