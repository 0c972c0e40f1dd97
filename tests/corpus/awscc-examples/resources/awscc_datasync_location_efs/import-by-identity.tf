import {
  to = awscc_datasync_location_efs.example
  identity = {
    location_arn = "location_arn"
  }
}
