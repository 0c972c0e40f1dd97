import {
  to = awscc_ec2_capacity_reservation_fleet.example
  identity = {
    capacity_reservation_fleet_id = "capacity_reservation_fleet_id"
  }
}
