import {
  to = awscc_mediatailor_live_source.example
  id = "live_source_name|source_location_name"
}