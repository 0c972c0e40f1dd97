import {
  to = awscc_location_map.example
  id = "map_name"
}