import {
  to = awscc_ec2_volume.example
  id = "volume_id"
}