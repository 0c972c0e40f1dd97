import {
  to = awscc_mediatailor_vod_source.example
  identity = {
    source_location_name = "source_location_name"
    vod_source_name      = "vod_source_name"
  }
}
