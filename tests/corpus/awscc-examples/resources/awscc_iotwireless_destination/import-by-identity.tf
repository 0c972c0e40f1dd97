import {
  to = awscc_iotwireless_destination.example
  identity = {
    name = "name"
  }
}
