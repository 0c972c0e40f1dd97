import {
  to = awscc_ec2_capacity_reservation_fleet.example
  id = "capacity_reservation_fleet_id"
}