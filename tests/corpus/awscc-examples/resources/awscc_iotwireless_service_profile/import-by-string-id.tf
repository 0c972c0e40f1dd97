import {
  to = awscc_iotwireless_service_profile.example
  id = "id"
}