import {
  to = awscc_datasync_location_hdfs.example
  identity = {
    location_arn = "location_arn"
  }
}
