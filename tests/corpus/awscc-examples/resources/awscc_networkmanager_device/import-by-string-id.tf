import {
  to = awscc_networkmanager_device.example
  id = "global_network_id|device_id"
}