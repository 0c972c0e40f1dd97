import {
  to = awscc_datasync_location_hdfs.example
  id = "location_arn"
}