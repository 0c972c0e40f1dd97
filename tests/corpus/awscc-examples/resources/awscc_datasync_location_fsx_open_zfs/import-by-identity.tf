import {
  to = awscc_datasync_location_fsx_open_zfs.example
  identity = {
    location_arn = "location_arn"
  }
}
