import {
  to = awscc_datasync_location_fsx_lustre.example
  id = "location_arn"
}