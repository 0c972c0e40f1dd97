import {
  to = awscc_ec2_ec2_fleet.example
  id = "fleet_id"
}