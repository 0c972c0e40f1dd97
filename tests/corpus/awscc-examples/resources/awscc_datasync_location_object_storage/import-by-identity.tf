import {
  to = awscc_datasync_location_object_storage.example
  identity = {
    location_arn = "location_arn"
  }
}
