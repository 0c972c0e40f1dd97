import {
  to = awscc_location_place_index.example
  id = "index_name"
}