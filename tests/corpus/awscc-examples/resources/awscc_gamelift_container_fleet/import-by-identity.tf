import {
  to = awscc_gamelift_container_fleet.example
  identity = {
    fleet_id = "fleet_id"
  }
}
