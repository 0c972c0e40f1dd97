import {
  to = awscc_iotwireless_wireless_device_import_task.example
  identity = {
    id = "id"
  }
}
