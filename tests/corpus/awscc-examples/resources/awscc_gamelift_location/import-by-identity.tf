import {
  to = awscc_gamelift_location.example
  identity = {
    location_name = "location_name"
  }
}
