import {
  to = awscc_iotwireless_wireless_device.example
  identity = {
    id = "id"
  }
}
