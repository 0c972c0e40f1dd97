import {
  to = awscc_cloudtrail_trail.example
  identity = {
    trail_name = "trail_name"
  }
}
