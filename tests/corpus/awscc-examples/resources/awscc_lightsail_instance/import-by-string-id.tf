import {
  to = awscc_lightsail_instance.example
  id = "instance_name"
}