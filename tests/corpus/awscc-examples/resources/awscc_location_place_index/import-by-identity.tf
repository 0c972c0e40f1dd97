import {
  to = awscc_location_place_index.example
  identity = {
    index_name = "index_name"
  }
}
