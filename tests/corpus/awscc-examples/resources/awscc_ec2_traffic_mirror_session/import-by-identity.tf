import {
  to = awscc_ec2_traffic_mirror_session.example
  identity = {
    id = "id"
  }
}
