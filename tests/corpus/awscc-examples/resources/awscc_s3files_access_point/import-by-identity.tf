import {
  to = awscc_s3files_access_point.example
  identity = {
    access_point_id = "access_point_id"
  }
}
