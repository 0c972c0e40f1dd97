import {
  to = awscc_datasync_location_efs.example
  id = "location_arn"
}