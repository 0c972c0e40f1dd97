import {
  to = awscc_datasync_location_fsx_ontap.example
  id = "location_arn"
}