import {
  to = awscc_gamelift_fleet.example
  id = "fleet_id"
}