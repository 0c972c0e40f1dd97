import {
  to = awscc_gamelift_location.example
  id = "location_name"
}