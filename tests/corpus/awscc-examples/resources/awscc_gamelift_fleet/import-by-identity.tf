import {
  to = awscc_gamelift_fleet.example
  identity = {
    fleet_id = "fleet_id"
  }
}
