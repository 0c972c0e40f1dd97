import {
  to = awscc_datasync_location_object_storage.example
  id = "location_arn"
}