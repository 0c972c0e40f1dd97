import {
  to = awscc_datasync_location_nfs.example
  id = "location_arn"
}