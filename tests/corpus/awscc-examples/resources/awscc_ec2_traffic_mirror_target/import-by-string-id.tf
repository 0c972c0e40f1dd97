import {
  to = awscc_ec2_traffic_mirror_target.example
  id = "id"
}