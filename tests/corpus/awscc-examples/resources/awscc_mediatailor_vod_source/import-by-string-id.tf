import {
  to = awscc_mediatailor_vod_source.example
  id = "source_location_name|vod_source_name"
}