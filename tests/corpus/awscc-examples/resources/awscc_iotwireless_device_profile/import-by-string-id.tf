import {
  to = awscc_iotwireless_device_profile.example
  id = "id"
}