import {
  to = awscc_groundstation_mission_profile.example
  id = "id|arn"
}