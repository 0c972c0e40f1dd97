import {
  to = awscc_ec2_ec2_fleet.example
  identity = {
    fleet_id = "fleet_id"
  }
}
