import {
  to = awscc_lightsail_disk_snapshot.example
  identity = {
    disk_snapshot_name = "disk_snapshot_name"
  }
}
