import {
  to = awscc_location_map.example
  identity = {
    map_name = "map_name"
  }
}
