import {
  to = awscc_datasync_location_fsx_open_zfs.example
  id = "location_arn"
}