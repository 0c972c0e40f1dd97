import {
  to = awscc_datasync_location_fsx_ontap.example
  identity = {
    location_arn = "location_arn"
  }
}
