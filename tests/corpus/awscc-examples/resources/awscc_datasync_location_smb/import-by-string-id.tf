import {
  to = awscc_datasync_location_smb.example
  id = "location_arn"
}