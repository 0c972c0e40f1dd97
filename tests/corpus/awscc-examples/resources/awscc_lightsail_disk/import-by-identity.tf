import {
  to = awscc_lightsail_disk.example
  identity = {
    disk_name = "disk_name"
  }
}
