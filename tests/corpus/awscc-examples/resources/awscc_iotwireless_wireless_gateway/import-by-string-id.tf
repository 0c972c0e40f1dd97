import {
  to = awscc_iotwireless_wireless_gateway.example
  id = "id"
}