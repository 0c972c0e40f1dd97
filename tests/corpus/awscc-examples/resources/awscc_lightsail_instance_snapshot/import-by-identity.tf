import {
  to = awscc_lightsail_instance_snapshot.example
  identity = {
    instance_snapshot_name = "instance_snapshot_name"
  }
}
