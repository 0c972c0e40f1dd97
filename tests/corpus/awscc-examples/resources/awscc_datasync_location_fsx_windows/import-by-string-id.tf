import {
  to = awscc_datasync_location_fsx_windows.example
  id = "location_arn"
}