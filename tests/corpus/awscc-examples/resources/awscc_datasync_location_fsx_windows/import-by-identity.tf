import {
  to = awscc_datasync_location_fsx_windows.example
  identity = {
    location_arn = "location_arn"
  }
}
