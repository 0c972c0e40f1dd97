import {
  to = awscc_lightsail_instance_snapshot.example
  id = "instance_snapshot_name"
}