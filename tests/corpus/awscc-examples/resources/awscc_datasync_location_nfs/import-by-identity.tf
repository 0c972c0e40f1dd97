import {
  to = awscc_datasync_location_nfs.example
  identity = {
    location_arn = "location_arn"
  }
}
