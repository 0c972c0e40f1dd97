import {
  to = awscc_lightsail_disk_snapshot.example
  id = "disk_snapshot_name"
}