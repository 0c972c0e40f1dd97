import {
  to = awscc_mediatailor_live_source.example
  identity = {
    live_source_name     = "live_source_name"
    source_location_name = "source_location_name"
  }
}
