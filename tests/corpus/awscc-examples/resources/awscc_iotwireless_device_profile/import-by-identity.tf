import {
  to = awscc_iotwireless_device_profile.example
  identity = {
    id = "id"
  }
}
