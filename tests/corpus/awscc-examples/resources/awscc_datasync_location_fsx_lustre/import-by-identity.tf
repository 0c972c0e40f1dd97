import {
  to = awscc_datasync_location_fsx_lustre.example
  identity = {
    location_arn = "location_arn"
  }
}
