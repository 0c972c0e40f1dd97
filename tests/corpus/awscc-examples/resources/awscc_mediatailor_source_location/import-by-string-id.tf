import {
  to = awscc_mediatailor_source_location.example
  id = "source_location_name"
}