import {
  to = awscc_cloudtrail_trail.example
  id = "trail_name"
}