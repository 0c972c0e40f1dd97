import {
  to = awscc_athena_capacity_reservation.example
  id = "arn"
}