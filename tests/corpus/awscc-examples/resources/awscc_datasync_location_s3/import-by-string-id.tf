import {
  to = awscc_datasync_location_s3.example
  id = "location_arn"
}