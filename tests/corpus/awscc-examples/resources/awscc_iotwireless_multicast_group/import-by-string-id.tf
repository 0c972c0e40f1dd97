import {
  to = awscc_iotwireless_multicast_group.example
  id = "id"
}