import {
  to = awscc_controltower_landing_zone.example
  id = "landing_zone_identifier"
}