import {
  to = awscc_ec2_spot_fleet.example
  id = "id"
}