import {
  to = awscc_ec2_volume.example
  identity = {
    volume_id = "volume_id"
  }
}
