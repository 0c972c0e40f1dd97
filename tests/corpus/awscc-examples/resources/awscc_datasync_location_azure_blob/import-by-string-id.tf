import {
  to = awscc_datasync_location_azure_blob.example
  id = "location_arn"
}