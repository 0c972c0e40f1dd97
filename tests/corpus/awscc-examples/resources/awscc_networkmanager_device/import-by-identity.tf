import {
  to = awscc_networkmanager_device.example
  identity = {
    global_network_id = "global_network_id"
    device_id         = "device_id"
  }
}
