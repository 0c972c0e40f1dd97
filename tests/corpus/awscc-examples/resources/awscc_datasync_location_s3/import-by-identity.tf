import {
  to = awscc_datasync_location_s3.example
  identity = {
    location_arn = "location_arn"
  }
}
