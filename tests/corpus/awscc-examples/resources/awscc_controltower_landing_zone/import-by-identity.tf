import {
  to = awscc_controltower_landing_zone.example
  identity = {
    landing_zone_identifier = "landing_zone_identifier"
  }
}
