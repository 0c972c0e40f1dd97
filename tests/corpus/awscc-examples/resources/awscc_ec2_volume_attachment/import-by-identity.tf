import {
  to = awscc_ec2_volume_attachment.example
  identity = {
    volume_id   = "volume_id"
    instance_id = "instance_id"
  }
}
