import {
  to = awscc_datasync_location_azure_blob.example
  identity = {
    location_arn = "location_arn"
  }
}
