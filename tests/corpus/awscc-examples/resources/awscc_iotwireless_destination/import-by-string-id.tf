import {
  to = awscc_iotwireless_destination.example
  id = "name"
}