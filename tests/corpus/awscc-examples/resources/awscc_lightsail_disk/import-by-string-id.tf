import {
  to = awscc_lightsail_disk.example
  id = "disk_name"
}