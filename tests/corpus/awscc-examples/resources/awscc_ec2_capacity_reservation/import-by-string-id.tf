import {
  to = awscc_ec2_capacity_reservation.example
  id = "id"
}