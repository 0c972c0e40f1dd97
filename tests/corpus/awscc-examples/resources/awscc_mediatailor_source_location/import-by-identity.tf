import {
  to = awscc_mediatailor_source_location.example
  identity = {
    source_location_name = "source_location_name"
  }
}
