import {
  to = awscc_gamelift_container_fleet.example
  id = "fleet_id"
}