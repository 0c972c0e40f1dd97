import {
  to = awscc_datasync_location_smb.example
  identity = {
    location_arn = "location_arn"
  }
}
