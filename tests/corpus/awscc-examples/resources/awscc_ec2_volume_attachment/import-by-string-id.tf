import {
  to = awscc_ec2_volume_attachment.example
  id = "volume_id|instance_id"
}