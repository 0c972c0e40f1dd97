import {
  to = awscc_groundstation_mission_profile.example
  identity = {
    id  = "id"
    arn = "arn"
  }
}
