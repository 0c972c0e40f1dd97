import {
  to = awscc_ec2_traffic_mirror_session.example
  id = "id"
}